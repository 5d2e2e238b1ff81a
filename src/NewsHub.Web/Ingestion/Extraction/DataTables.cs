using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>Tells tables that hold data (kept whole) from tables used for layout.</summary>
internal static class DataTables
{
    public static HashSet<IElement> Find(IElement root)
    {
        var found = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var table in root.GetElementsByTagName("table"))
            if (IsDataTable(table)) found.Add(table);
        return found;
    }

    private static bool IsDataTable(IElement table)
    {
        if (table.GetAttribute("role") == "presentation" || table.GetAttribute("datatable") == "0") return false;
        if (table.HasAttribute("summary")) return true;
        if (table.QuerySelector("caption") is { } caption && ElementText.Length(caption) > 0) return true;
        if (table.QuerySelector("col, colgroup, tfoot, thead, th") is not null) return true;
        if (table.QuerySelector("table") is not null) return false;
        var rows = table.QuerySelectorAll("tr");
        var rowCount = rows.Length;
        var columnCount = rows.Length == 0 ? 0 : rows.Max(r => r.Children.Count(c => c.LocalName is "td" or "th"));
        if (rowCount == 1 || columnCount <= 1) return false;
        if (rowCount >= 10 || columnCount > 4) return true;
        return rowCount * columnCount > 10;
    }
}
