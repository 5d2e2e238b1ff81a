namespace NewsHub.Web.Sources;

/// <summary>Section "NewsHub:Sources": which built-in sources a fresh install registers.</summary>
public sealed class SourceRegistrationOptions
{
    public const string Section = "NewsHub:Sources";

    /// <summary>Serve the bundled demo outlets under /demo and register them, so a new install without internet has news.</summary>
    public bool RegisterDemo { get; set; } = true;

    /// <summary>Register a few real regional outlets (they back off quietly when unreachable).</summary>
    public bool RegisterDefaults { get; set; } = true;

    /// <summary>Where this instance is reachable, for the demo sources' URLs. Defaults to the first --urls entry.</summary>
    public string? PublicUrl { get; set; }
}
