using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Data;

public sealed class DataProtectionTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    [Fact]
    public async Task Keys_live_in_PostgreSQL_so_another_instance_can_unprotect()
    {
        var protectedText = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("secret");

        await using var db = app.CreateDbContext();
        Assert.True(await db.DataProtectionKeys.CountAsync() > 0);

        // A second instance on the same database reads the same key ring.
        await using var second = NewsHubAppFactory.SecondInstance(app.Database);
        var unprotected = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText);
        Assert.Equal("secret", unprotected);
    }

    private sealed class SecondInstance(TestDatabase database) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseEnvironment("Test");
            builder.UseSetting("ConnectionStrings:NewsHub", database.ConnectionString);
            builder.UseSetting("NewsHub:Role", "Web");
        }
    }
}
