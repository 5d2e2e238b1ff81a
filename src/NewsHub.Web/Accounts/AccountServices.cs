using Microsoft.AspNetCore.Identity;
using NewsHub.Web.Data;
using NewsHub.Web.Hosting;
using NewsHub.Web.Model;

namespace NewsHub.Web.Accounts;

public static class AccountServices
{
    public static IServiceCollection AddNewsHubAccounts(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                // Email delivery is optional; without a sender accounts work unconfirmed.
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<NewsHubDbContext>()
            .AddSignInManager<NewsHubSignInManager>()
            .AddDefaultTokenProviders();
        // Bans and password changes reach other sessions within a minute, not Identity's default 30.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<IEmailSender<AppUser>, LoggingEmailSender>();
        services.AddScoped<AccountSanctions>();
        services.AddScoped<UserDirectory>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "newshub.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Editor, p => p.RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));
        return services;
    }
}

public static class Policies
{
    public const string Editor = "Editor";
    public const string Admin = "Admin";
}

public static class AccountStartup
{
    public static IServiceCollection AddNewsHubAccountTasks(this IServiceCollection services)
    {
        services.AddScoped<RoleSeeder>();
        services.AddScoped<AdminCreator>();
        services.AddScoped<IStartupTask, RolesStartupTask>();
        return services;
    }
}
