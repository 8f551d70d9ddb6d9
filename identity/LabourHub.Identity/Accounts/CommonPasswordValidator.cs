using Microsoft.AspNetCore.Identity;

namespace LabourHub.Identity.Accounts;

/// <summary>Refuses passwords from the local list of common passwords, and passwords that contain the login name.</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<LabourHubUser>
{
    private static readonly HashSet<string> Common = Load();

    public Task<IdentityResult> ValidateAsync(UserManager<LabourHubUser> manager, LabourHubUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var candidate = (password ?? string.Empty).Trim().ToLowerInvariant();
        if (Common.Contains(candidate))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = "PasswordTooCommon" }));
        }

        var login = user.UserName?.ToLowerInvariant();
        return Task.FromResult(login is { Length: >= 4 } && candidate.Contains(login, StringComparison.Ordinal)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordContainsLogin", Description = "PasswordContainsLogin" })
            : IdentityResult.Success);
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("LabourHub.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
