namespace LabourHub.Application.Employers.GetEmployerCase;

/// <summary>A business as its own people and its assigned case worker see it: headcounts (the quota depends on them) and team.</summary>
public sealed record EmployerCaseView(
    Guid Id,
    string Name,
    string TaxNumber,
    string NaceSection,
    int ProvinceCode,
    int TurkishHeadcount,
    int ForeignHeadcount,
    string Verification,
    int OpenVacancies,
    int Applications,
    int Recruiters);
