using LabourHub.Application.Workflow;

namespace LabourHub.Web.Models;

/// <summary>The offer form as posted (and shown again when a rule blocks it).</summary>
public sealed class OfferInput
{
    public Guid IdempotencyKey { get; set; } = Guid.NewGuid();
    public string? PositionTitle { get; set; }
    public decimal Wage { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? OfferValidUntil { get; set; }
}

public sealed record OfferViewModel(Guid ApplicationId, string VacancyTitle, OfferInput Input, decimal? MinimumWage, WorkflowProblem? Problem);

/// <summary>Everything a step's form may post; each action reads the fields it needs.</summary>
public sealed class StepInput
{
    public Guid IdempotencyKey { get; set; }
    public int Version { get; set; }
    public string? Reference { get; set; }
    public List<string> Checklist { get; set; } = [];
    public DateOnly? Date { get; set; }
    public DateOnly? UntilDate { get; set; }
    public string? Reason { get; set; }
}

public sealed record PlacementPageModel(PlacementView View, WorkflowProblem? Problem, bool Conflict)
{
    public IReadOnlyList<LabourHub.Domain.Workflow.PlacementDocument> Documents { get; init; } = [];
}
