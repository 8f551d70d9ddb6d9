using LabourHub.Application.Employers.SearchCandidates;
using LabourHub.Domain.Reference;

namespace LabourHub.Web.Models;

public sealed record CandidateListViewModel(CandidateFilter Filter, CandidateSearchResult? Result, IReadOnlyList<Province> Provinces);
