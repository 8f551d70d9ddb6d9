namespace LabourHub.Identity.Accounts.Models;

/// <param name="Key">The shared secret, Base32, to type into an authenticator app.</param>
/// <param name="AuthenticatorUri">The otpauth:// URI for apps that take a link.</param>
/// <param name="ReturnUrl">Where to go afterwards.</param>
/// <param name="RecoveryCodes">Shown once, after the app is confirmed.</param>
public sealed record MfaSetupModel(string Key, string AuthenticatorUri, string? ReturnUrl, IReadOnlyList<string> RecoveryCodes);
