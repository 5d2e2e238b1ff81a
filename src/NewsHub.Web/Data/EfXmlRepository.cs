using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Model;

namespace NewsHub.Web.Data;

/// <summary>
/// Data-protection key ring in PostgreSQL. The package that does this
/// (DataProtection.EntityFrameworkCore) is not on our package mirror, so this is its small equivalent.
/// </summary>
internal sealed class EfXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsHubDbContext>();
        return db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).AsEnumerable()
            .Where(x => !string.IsNullOrEmpty(x)).Select(x => XElement.Parse(x!)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsHubDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
