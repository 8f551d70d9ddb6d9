namespace LabourHub.Application.Common;

/// <summary>Bounds every list so no request can ask for the whole table.</summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 10_000;

    /// <summary>How many results page numbers reach (page x page size); deeper results are read with a cursor.</summary>
    public const int MaxWindow = 10_000;

    public static bool IsValid(int page, int pageSize) =>
        page is >= 1 and <= MaxPage && pageSize is >= 1 and <= MaxPageSize;
}
