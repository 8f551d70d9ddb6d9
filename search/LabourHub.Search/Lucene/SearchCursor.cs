using System.Buffers.Text;
using System.Globalization;
using System.Text;
using LabourHub.Search.Contract;

namespace LabourHub.Search.Lucene;

/// <summary>The opaque "after" cursor: the sort, the last hit's key and id, so the next page starts exactly after it.</summary>
internal static class SearchCursor
{
    public static string Encode(SearchSort sort, RankedHit last) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{(int)sort}|{last.Key}|{last.Id}")));

    public static RankedHit Decode(string cursor, SearchSort sort)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|', 3);
            if (parts.Length == 3
                && int.Parse(parts[0], CultureInfo.InvariantCulture) == (int)sort
                && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var key))
            {
                return new RankedHit(key, parts[2], -1, 0, null);
            }
        }
        catch (FormatException)
        {
        }

        throw new InvalidSearchRequestException("The cursor is not one this search returned; start again from the first page.");
    }
}
