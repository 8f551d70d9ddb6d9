namespace LabourHub.Identity.Accounts.Models;

public sealed record StaffPageModel(IReadOnlyList<(string UserName, string Role, bool Mfa)> Staff, StaffInput Input, bool Invited);
