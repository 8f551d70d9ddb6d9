using System.ComponentModel.DataAnnotations;
using LabourHub.Application.Common;
using LabourHub.Application.Reference.SuggestOccupations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Api;

/// <summary>Reference data for forms: occupation autocomplete over ISCO-08 and ESCO labels.</summary>
[ApiController]
[Route("api/v1/reference")]
[AllowAnonymous]
public sealed class ReferenceApiController(SuggestOccupationsHandler suggest) : ControllerBase
{
    /// <summary>Occupations whose label has words starting with what was typed ("kayn" finds welders in Turkish), typo tolerant, from the search index.</summary>
    /// <param name="q">At least two letters; Turkish letters optional ("kaynakci" finds "kaynakçı").</param>
    /// <param name="culture">tr, en, ar or fa; Persian falls back to English labels until translated.</param>
    /// <param name="limit">1-50 suggestions, default 10.</param>
    [HttpGet("occupations")]
    [ProducesResponseType<SuggestionsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<SuggestionsResponse>> Occupations(
        [FromQuery, Required, StringLength(100, MinimumLength = 2)] string q,
        [FromQuery, RegularExpression("^(tr|en|ar|fa)$")] string? culture,
        CancellationToken cancellationToken,
        [FromQuery, Range(1, 50)] int limit = 10)
    {
        var language = culture ?? CultureLanguage.Current;
        return new SuggestionsResponse(await suggest.HandleAsync(q, language, limit, cancellationToken));
    }
}
