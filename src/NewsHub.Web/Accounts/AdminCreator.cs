using Microsoft.AspNetCore.Identity;
using NewsHub.Web.Model;

namespace NewsHub.Web.Accounts;

/// <summary>create-admin EMAIL: creates (or promotes) the first administrator.</summary>
public sealed class AdminCreator(UserManager<AppUser> users, RoleSeeder roleSeeder, TimeProvider clock)
{
    public async Task<IReadOnlyList<string>> CreateAsync(string email, string password)
    {
        await roleSeeder.EnsureRolesAsync();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, DisplayName = email.Split('@')[0], CreatedAt = clock.GetUtcNow() };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded) return created.Errors.Select(e => e.Description).ToList();
        }
        else
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, password);
            if (!reset.Succeeded) return reset.Errors.Select(e => e.Description).ToList();
        }
        foreach (var role in Roles.All)
            if (!await users.IsInRoleAsync(user, role)) await users.AddToRoleAsync(user, role);
        return [];
    }
}
