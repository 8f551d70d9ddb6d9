namespace LabourHub.Web.Models;

public sealed record TeamViewModel(string? BusinessName, IReadOnlyList<string> Recruiters, bool Invited);
