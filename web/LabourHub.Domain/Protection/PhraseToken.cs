namespace LabourHub.Domain.Protection;

/// <summary>One word of a phrase rule; <see cref="Prefix"/> when it was written with a trailing * (any ending).</summary>
public readonly record struct PhraseToken(string Text, bool Prefix);
