using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using NewsHub.Web.Model;

namespace NewsHub.Web.Accounts;

/// <summary>/account: register, sign in and out, change password, and the styled 403.</summary>
[Route("account")]
public sealed class AccountController(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, IEmailSender<AppUser> email, TimeProvider clock, ILogger<AccountController> logger) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid) return View(form);
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is { IsBanned: true } && await users.CheckPasswordAsync(user, form.Password))
            return Refuse(form, "This account has been banned and can no longer sign in.");
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form.Password, form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturn(form.ReturnUrl));
        if (result.IsLockedOut)
        {
            var until = user?.LockoutEnd is { } end ? $" until {end.UtcDateTime:HH:mm} UTC" : "";
            return Refuse(form, $"Too many failed attempts: this account is locked{until}. Try again later.");
        }
        if (result.IsNotAllowed && user is not { IsBanned: true }) return Refuse(form, "This account cannot sign in yet.");
        return Refuse(form, "That email and password do not match an account.");
    }

    [HttpGet("register")]
    public IActionResult Register(string? returnUrl) => View(new RegisterForm { ReturnUrl = returnUrl });

    [HttpPost("register")]
    public async Task<IActionResult> Register(RegisterForm form)
    {
        if (!ModelState.IsValid) return View(form);
        var user = new AppUser { UserName = form.Email.Trim(), Email = form.Email.Trim(), DisplayName = form.DisplayName.Trim(), CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(form.Password) : "", Describe(error));
            return View(form);
        }
        await users.AddToRoleAsync(user, Roles.Reader);
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Url.ActionLink(nameof(ConfirmEmail), values: new { userId = user.Id, token }) ?? "";
        await email.SendConfirmationLinkAsync(user, user.Email!, link);
        await signIn.SignInAsync(user, isPersistent: false);
        logger.LogInformation("Account {UserId} registered", user.Id);
        return LocalRedirect(SafeReturn(form.ReturnUrl));
    }

    [HttpGet("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? token)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        var ok = user is not null && token is not null && (await users.ConfirmEmailAsync(user, token)).Succeeded;
        return View(ok);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [Authorize, HttpGet("password")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [Authorize, HttpPost("password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        if (!ModelState.IsValid) return View(form);
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(form.CurrentPassword) : nameof(form.NewPassword), Describe(error));
            return View(form);
        }
        await signIn.RefreshSignInAsync(user);
        ViewData["Notice"] = "Your password is changed.";
        return View(new ChangePasswordForm());
    }

    [HttpGet("denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private ViewResult Refuse(LoginForm form, string message)
    {
        ModelState.AddModelError("", message);
        form.Password = "";
        return View(nameof(Login), form);
    }

    private string SafeReturn(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    private static string Describe(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" => "An account with this email address already exists. Sign in instead?",
        "PasswordMismatch" => "Your current password is not right.",
        _ => error.Description,
    };
}
