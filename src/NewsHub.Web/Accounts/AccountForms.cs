using System.ComponentModel.DataAnnotations;

namespace NewsHub.Web.Accounts;

public sealed class LoginForm
{
    [Required(ErrorMessage = "Enter your email address."), EmailAddress(ErrorMessage = "That is not an email address."), Display(Name = "Email")]
    public string Email { get; set; } = "";
    [Required(ErrorMessage = "Enter your password."), DataType(DataType.Password)]
    public string Password { get; set; } = "";
    [Display(Name = "Keep me signed in")]
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class RegisterForm
{
    [Required(ErrorMessage = "Enter your email address."), EmailAddress(ErrorMessage = "That is not an email address."), StringLength(256)]
    public string Email { get; set; } = "";
    [Required(ErrorMessage = "Choose the name shown with your comments."), StringLength(40, MinimumLength = 2, ErrorMessage = "Your display name must be 2 to 40 characters."), Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";
    [Required(ErrorMessage = "Choose a password."), DataType(DataType.Password), StringLength(200)]
    public string Password { get; set; } = "";
    [Required(ErrorMessage = "Repeat the password."), DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "The two passwords differ."), Display(Name = "Repeat password")]
    public string ConfirmPassword { get; set; } = "";
    public string? ReturnUrl { get; set; }
}

public sealed class ChangePasswordForm
{
    [Required(ErrorMessage = "Enter your current password."), DataType(DataType.Password), Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";
    [Required(ErrorMessage = "Choose a new password."), DataType(DataType.Password), StringLength(200), Display(Name = "New password")]
    public string NewPassword { get; set; } = "";
    [Required(ErrorMessage = "Repeat the new password."), DataType(DataType.Password), Compare(nameof(NewPassword), ErrorMessage = "The two passwords differ."), Display(Name = "Repeat new password")]
    public string ConfirmPassword { get; set; } = "";
}
