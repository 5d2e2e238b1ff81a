namespace NewsHub.Web;

/// <summary>A start-up problem the operator can fix; printed as one line, without a stack trace.</summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
