namespace LabourHub.Domain.Protection;

public enum RedFlagRuleKind
{
    /// <summary>Words in order (up to three other words between them); a word ending in * matches any ending.</summary>
    Phrase = 0,

    /// <summary>A regular expression over the normalised text (lower case, no diacritics, letter variants unified).</summary>
    Pattern = 1,

    /// <summary>
    /// The advertised top wage is at least this many times the net minimum wage for unskilled work (ISCO-08 major
    /// group 9, elementary occupations): a classic lure.
    /// </summary>
    WageMultiple = 2,
}
