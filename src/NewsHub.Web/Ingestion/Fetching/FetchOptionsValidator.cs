using Microsoft.Extensions.Options;

namespace NewsHub.Web.Ingestion.Fetching;

/// <summary>Rejects fetch settings that would hang workers or hammer sites; runs on start.</summary>
public sealed class FetchOptionsValidator : IValidateOptions<FetchOptions>
{
    public ValidateOptionsResult Validate(string? name, FetchOptions options)
    {
        var errors = new List<string>();
        Positive(nameof(options.ConnectTimeout), options.ConnectTimeout, errors);
        Positive(nameof(options.Timeout), options.Timeout, errors);
        Positive(nameof(options.PooledConnectionLifetime), options.PooledConnectionLifetime, errors);
        Positive(nameof(options.RobotsCacheDuration), options.RobotsCacheDuration, errors);
        Positive(nameof(options.RobotsErrorCacheDuration), options.RobotsErrorCacheDuration, errors);
        NotNegative(nameof(options.PerHostDelay), options.PerHostDelay, errors);
        NotNegative(nameof(options.MaxCrawlDelay), options.MaxCrawlDelay, errors);
        NotNegative(nameof(options.RetryBaseDelay), options.RetryBaseDelay, errors);
        NotNegative(nameof(options.MaxRetryAfter), options.MaxRetryAfter, errors);
        Positive(nameof(options.MaxRetryDelay), options.MaxRetryDelay, errors);
        // Polly refuses delays above one day; nothing sane needs more.
        if (options.RetryBaseDelay > TimeSpan.FromDays(1) || options.MaxRetryDelay > TimeSpan.FromDays(1))
            errors.Add("RetryBaseDelay and MaxRetryDelay must be at most one day.");
        if (options.MaxBytes <= 0) errors.Add($"MaxBytes must be positive (was {options.MaxBytes}).");
        if (options.MaxRedirects is < 0 or > 20) errors.Add($"MaxRedirects must be between 0 and 20 (was {options.MaxRedirects}).");
        if (options.MaxConcurrentPerHost is < 1 or > 64) errors.Add($"MaxConcurrentPerHost must be between 1 and 64 (was {options.MaxConcurrentPerHost}).");
        if (options.MaxRetries is < 0 or > 10) errors.Add($"MaxRetries must be between 0 and 10 (was {options.MaxRetries}).");
        if (string.IsNullOrWhiteSpace(options.UserAgent))
            errors.Add("UserAgent must name NewsHub and a contact URL.");
        else if (!System.Net.Http.Headers.ProductInfoHeaderValue.TryParse(options.RobotsProductToken, out _))
            errors.Add($"UserAgent must start with a product token such as 'NewsHub/1.0' (was '{options.UserAgent}').");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Positive(string name, TimeSpan value, List<string> errors)
    {
        if (value <= TimeSpan.Zero) errors.Add($"{name} must be positive (was {value}).");
    }

    private static void NotNegative(string name, TimeSpan value, List<string> errors)
    {
        if (value < TimeSpan.Zero) errors.Add($"{name} must not be negative (was {value}).");
    }
}
