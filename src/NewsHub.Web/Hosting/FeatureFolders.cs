using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Razor;

namespace NewsHub.Web.Hosting;

/// <summary>
/// Views live beside their controller: a controller in namespace NewsHub.Web.Reading finds
/// its views in /Reading/Views/{Controller}/{View}.cshtml, shared ones in /Shared.
/// </summary>
public sealed class FeatureFolderConvention : IControllerModelConvention
{
    public void Apply(ControllerModel controller)
    {
        var ns = controller.ControllerType.Namespace ?? "";
        var feature = ns.StartsWith("NewsHub.Web.", StringComparison.Ordinal) ? ns["NewsHub.Web.".Length..].Replace('.', '/') : "";
        controller.Properties["feature"] = feature;
    }
}

public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor.Properties.TryGetValue("feature", out var f) && f is string feature)
            context.Values["feature"] = feature;
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue("feature", out var feature) && !string.IsNullOrEmpty(feature))
        {
            yield return $"/{feature}/Views/{{1}}/{{0}}.cshtml";
            yield return $"/{feature}/Views/{{0}}.cshtml";
        }
        yield return "/Shared/{0}.cshtml";
        foreach (var location in viewLocations) yield return location;
    }
}
