namespace LabourHub.Domain.Vacancies;

public enum Shift
{
    Day = 0,
    Night = 1,
    Rotating = 2,
    PartTime = 3,
}
