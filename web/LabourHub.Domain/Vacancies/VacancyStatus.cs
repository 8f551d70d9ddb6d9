namespace LabourHub.Domain.Vacancies;

public enum VacancyStatus
{
    Draft = 0,
    Open = 1,
    Closed = 2,
    Filled = 3,
}
