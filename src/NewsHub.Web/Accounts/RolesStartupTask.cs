using NewsHub.Web.Hosting;

namespace NewsHub.Web.Accounts;

internal sealed class RolesStartupTask(RoleSeeder seeder) : IStartupTask
{
    public Task RunAsync(CancellationToken ct) => seeder.EnsureRolesAsync();
}
