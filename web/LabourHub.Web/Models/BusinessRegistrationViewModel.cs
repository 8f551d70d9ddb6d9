using LabourHub.Domain.Reference;

namespace LabourHub.Web.Models;

public sealed record BusinessRegistrationViewModel(
    BusinessRegistrationInput Input,
    IReadOnlyList<Province> Provinces,
    IReadOnlyList<NaceActivity> Sectors,
    string Language);
