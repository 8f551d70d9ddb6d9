namespace LabourHub.Application.Workers.Profile;

/// <summary>Where a person's profile stands: their answers so far, whether a worker profile exists yet, and how complete it is.</summary>
public sealed record ProfileState(ProfileAnswers Answers, Guid? WorkerId, ProfileCompleteness Completeness);
