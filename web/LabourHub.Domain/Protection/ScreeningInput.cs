namespace LabourHub.Domain.Protection;

/// <summary>
/// What is screened: free text (a vacancy's title, description and translations, or a message), and for a vacancy
/// its occupation and top wage against the net minimum wage in force.
/// </summary>
public sealed record ScreeningInput(IReadOnlyList<string?> Texts)
{
    public string? IscoCode { get; init; }
    public decimal? TopWageLira { get; init; }
    public decimal? MinimumNetWageLira { get; init; }

    public static ScreeningInput ForText(string? text) => new([text]);
}
