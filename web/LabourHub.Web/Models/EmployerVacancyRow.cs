using LabourHub.Domain.Vacancies;

namespace LabourHub.Web.Models;

public sealed record EmployerVacancyRow(Guid Id, string Title, int Positions, VacancyStatus Status);
