using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace NewsHub.Web.Comments;

/// <summary>
/// Carries a refused comment's text and message across the redirect back to the article, so the
/// reader never loses what they wrote (TempData: read once, then gone).
/// </summary>
public static class CommentFormTempData
{
    private const string Error = "comments.error", Notice = "comments.notice", Draft = "comments.draft",
        ReplyTo = "comments.replyTo", EditOf = "comments.editOf", ReportOf = "comments.reportOf";

    public static void Save(ITempDataDictionary tempData, CommentOutcome outcome, string? draft, long? replyTo = null, long? editOf = null, long? reportOf = null)
    {
        if (outcome.Succeeded)
        {
            tempData[Notice] = outcome.Message;
            return;
        }
        tempData[Error] = outcome.Message;
        tempData[Draft] = draft;
        if (replyTo is not null) tempData[ReplyTo] = replyTo.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (editOf is not null) tempData[EditOf] = editOf.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (reportOf is not null) tempData[ReportOf] = reportOf.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static CommentFormState Load(ITempDataDictionary tempData) => new(
        tempData[Error] as string, tempData[Notice] as string, tempData[Draft] as string,
        ParseId(tempData[ReplyTo]), ParseId(tempData[EditOf]), ParseId(tempData[ReportOf]));

    private static long? ParseId(object? value) => long.TryParse(value as string, out var id) ? id : null;
}
