using LabourHub.Domain.Privacy;

namespace LabourHub.Web.Models;

public sealed record ConsentsViewModel(IReadOnlyDictionary<ConsentPurpose, bool> Choices, bool Saved);
