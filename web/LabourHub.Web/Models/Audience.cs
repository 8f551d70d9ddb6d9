namespace LabourHub.Web.Models;

/// <summary>The five kinds of people LabourHub serves; the navigation is built from them.</summary>
public enum Audience
{
    Worker,
    Employer,
    CaseWorker,
    Ministry,
    Admin,
}
