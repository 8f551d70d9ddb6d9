namespace LabourHub.Domain.Common;

internal static class Digits
{
    /// <summary>Removes spaces and dashes people type inside numbers; returns null for empty input.</summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        return string.Concat(input.Where(c => c is not (' ' or '-' or '.' or '(' or ')')));
    }

    public static bool AllAsciiDigits(string value) => value.All(char.IsAsciiDigit);

    public static int At(string value, int index) => value[index] - '0';
}
