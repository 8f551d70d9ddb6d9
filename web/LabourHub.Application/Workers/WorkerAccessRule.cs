namespace LabourHub.Application.Workers;

/// <summary>
/// Who sees what of a worker (DESIGN.md, "Identity and access"): the worker everything; an employer only workers who
/// applied to it or chose to be discoverable, contact details only after an accepted interview; a case worker only
/// assigned workers who consented; analysts, administrators and machine clients nothing (aggregates elsewhere).
/// </summary>
public static class WorkerAccessRule
{
    public static WorkerAccessLevel Decide(WorkerAccessFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.IsSelf)
        {
            return WorkerAccessLevel.Full;
        }

        if (facts.IsCaseWorker && facts.AssignedToCaller && facts.CaseWorkerAccessConsented)
        {
            return WorkerAccessLevel.Full;
        }

        if (facts.IsEmployer)
        {
            if (facts.AcceptedInterviewWithCallersEmployer)
            {
                return WorkerAccessLevel.Contact;
            }

            if (facts.AppliedToCallersEmployer || facts.Discoverable)
            {
                return WorkerAccessLevel.Professional;
            }
        }

        return WorkerAccessLevel.None;
    }
}
