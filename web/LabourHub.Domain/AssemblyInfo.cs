using System.Runtime.CompilerServices;

// Persistence rebuilds value objects that were validated on their way in (IscoCode.Rehydrate).
[assembly: InternalsVisibleTo("LabourHub.Infrastructure")]
[assembly: InternalsVisibleTo("LabourHub.Domain.Tests")]
