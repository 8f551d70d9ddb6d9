namespace LabourHub.Identity.Accounts;

/// <summary>The six roles of DESIGN.md ("Identity and access").</summary>
public static class Roles
{
    public const string Worker = "Worker";
    public const string EmployerOwner = "EmployerOwner";
    public const string EmployerRecruiter = "EmployerRecruiter";
    public const string CaseWorker = "CaseWorker";
    public const string MinistryAnalyst = "MinistryAnalyst";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Worker, EmployerOwner, EmployerRecruiter, CaseWorker, MinistryAnalyst, Admin];
}
