using Microsoft.AspNetCore.Mvc;

namespace NewsHub.Web.Curation;

/// <summary>The one-line outcome of an editor's POST, carried across its redirect (post/redirect/get).</summary>
public static class EditorNotices
{
    private const string NoticeKey = "editor.notice", ErrorKey = "editor.error";

    public static void Set(Controller controller, string? error, string notice)
    {
        if (error is null) controller.TempData[NoticeKey] = notice;
        else controller.TempData[ErrorKey] = error;
    }

    public static void Show(Controller controller)
    {
        controller.ViewData["Notice"] = controller.TempData[NoticeKey];
        controller.ViewData["Error"] = controller.TempData[ErrorKey];
    }
}
