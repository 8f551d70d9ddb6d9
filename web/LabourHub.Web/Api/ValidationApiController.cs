using LabourHub.Application.Reference;
using LabourHub.Domain.Common;
using LabourHub.Domain.ValueObjects;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LabourHub.Web.Api;

/// <summary>
/// Checks one value the way the domain will when a form is saved, so forms can tell people what is wrong as
/// they type (htmx posts a field here). Bad values answer 400 with a message in the reader's language.
/// </summary>
[ApiController]
[Route("api/v1/validation")]
[AllowAnonymous]
public sealed class ValidationApiController(IReferenceCatalogue catalogue, IStringLocalizer<SharedResource> localizer) : ControllerBase
{
    /// <summary>Validates a VKN, TCKN, YKN, phone number, ISCO-08 code or CEFR level.</summary>
    /// <param name="kind">vkn, tckn, ykn, phone, isco or cefr.</param>
    /// <param name="value">The value as typed; spaces and dashes are allowed.</param>
    [HttpGet("{kind}")]
    [ProducesResponseType<ValidationResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public ActionResult<ValidationResponse> Check(string kind, [FromQuery] string? value)
    {
        var (normalised, error) = kind switch
        {
            "vkn" => Unwrap(TaxNumber.Create(value), v => v.Value),
            "tckn" => Unwrap(CitizenIdentityNumber.Create(value), v => v.Value),
            "ykn" => Unwrap(ForeignerIdentityNumber.Create(value), v => v.Value),
            "phone" => Unwrap(PhoneNumber.Create(value), v => v.Value),
            "isco" => Unwrap(IscoCode.Create(value, catalogue), v => v.Value),
            "cefr" => Unwrap(CefrLevel.Create(value), v => v.Code),
            _ => (null, new DomainError("unknown_kind")),
        };
        if (error is null)
        {
            return new ValidationResponse(true, normalised);
        }

        var message = localizer["DomainError." + error.Code];
        return Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: message.ResourceNotFound ? localizer["Validation.Invalid"] : message,
            extensions: new Dictionary<string, object?> { ["code"] = error.Code });
    }

    private static (string? Value, DomainError? Error) Unwrap<T>(Result<T> result, Func<T, string> value) =>
        result.IsSuccess ? (value(result.Value), null) : (null, result.Error);
}
