using Microsoft.AspNetCore.Identity;
using NewsHub.Web.Model;

namespace NewsHub.Web.Accounts;

/// <summary>
/// The default email sender: NewsHub runs without mail, so messages are logged instead of sent
/// (and accounts work unconfirmed). A deployment with mail registers its own IEmailSender&lt;AppUser&gt;.
/// </summary>
public sealed partial class LoggingEmailSender(ILogger<LoggingEmailSender> logger) : IEmailSender<AppUser>
{
    public Task SendConfirmationLinkAsync(AppUser user, string email, string confirmationLink)
    {
        LogMail(email, "confirmation link", confirmationLink);
        return Task.CompletedTask;
    }

    public Task SendPasswordResetLinkAsync(AppUser user, string email, string resetLink)
    {
        LogMail(email, "password reset link", resetLink);
        return Task.CompletedTask;
    }

    public Task SendPasswordResetCodeAsync(AppUser user, string email, string resetCode)
    {
        LogMail(email, "password reset code", "(code withheld from the log)");
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No mail sender configured: {Kind} for {Email} not sent ({Link})")]
    private partial void LogMail(string email, string kind, string link);
}
