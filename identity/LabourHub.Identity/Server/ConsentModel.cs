namespace LabourHub.Identity.Server;

/// <param name="ClientName">The application asking.</param>
/// <param name="Scopes">What it asks for.</param>
/// <param name="Parameters">The original authorization request, posted back with the decision.</param>
public sealed record ConsentModel(string ClientName, IReadOnlyList<string> Scopes, IReadOnlyList<KeyValuePair<string, string>> Parameters);
