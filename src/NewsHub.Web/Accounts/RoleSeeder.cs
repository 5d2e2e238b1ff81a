using Microsoft.AspNetCore.Identity;
using NewsHub.Web.Model;

namespace NewsHub.Web.Accounts;

/// <summary>Makes sure the three roles exist; run after migrations.</summary>
public sealed class RoleSeeder(RoleManager<IdentityRole> roles)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var name in Roles.All)
        {
            if (await roles.RoleExistsAsync(name)) continue;
            var result = await roles.CreateAsync(new IdentityRole(name));
            // Two instances starting together may both try; the loser sees a duplicate name.
            if (!result.Succeeded && !await roles.RoleExistsAsync(name))
                throw new InvalidOperationException($"Could not create role {name}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
