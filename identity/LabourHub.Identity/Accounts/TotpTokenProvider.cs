using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace LabourHub.Identity.Accounts;

/// <summary>
/// Authenticator-app codes (RFC 6238, 30-second steps, 6 digits): accepted one step either side of now, and only
/// once: each accepted step is remembered, so a replayed or older code fails.
/// </summary>
public sealed class TotpTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<LabourHubUser>
{
    public const string Name = "LabourHubTotp";

    public Task<string> GenerateAsync(string purpose, UserManager<LabourHubUser> manager, LabourHubUser user) =>
        throw new NotSupportedException("Authenticator codes are made by the person's app, never sent by LabourHub.");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<LabourHubUser> manager, LabourHubUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = new string((token ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (string.IsNullOrEmpty(key) || code.Length != 6)
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out var step, new VerificationWindow(previous: 1, future: 1)))
        {
            return false;
        }

        if (user.LastTotpTimeStep is { } last && step <= last)
        {
            return false;
        }

        user.LastTotpTimeStep = step;
        return (await manager.UpdateAsync(user)).Succeeded;
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<LabourHubUser> manager, LabourHubUser user) =>
        Task.FromResult(false);
}
