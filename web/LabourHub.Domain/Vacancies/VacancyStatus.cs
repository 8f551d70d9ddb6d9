namespace LabourHub.Domain.Vacancies;

public enum VacancyStatus
{
    Draft = 0,
    Open = 1,
    Closed = 2,
    Filled = 3,

    /// <summary>Publishing found red flags: a case worker reviews it before any worker sees it (the employer sees why).</summary>
    HeldForReview = 4,

    /// <summary>Taken off the marketplace while a case with forced-labour indicators against the business is open.</summary>
    Paused = 5,
}
