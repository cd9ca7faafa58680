namespace AesSummit.Web.Features.Programme;

/// <summary>A summit's programme arranged for reading: phases, then local days, then sessions, in the summit's zone.</summary>
public sealed record ProgrammeView(Summit Summit, TimeZoneInfo Zone, string ZoneOffset, IReadOnlyList<PhaseView> Phases)
{
    public static ProgrammeView Build(Summit summit, DateTimeOffset now)
    {
        var zone = summit.TimeZone;
        var phases = summit.Phases.OrderBy(p => p.Position).Select(phase => new PhaseView(
            phase,
            phase.StateAt(now, zone),
            phase.Sessions
                .OrderBy(s => s.StartUtc).ThenBy(s => s.Slug, StringComparer.Ordinal)
                .Select(s => new SessionView(s, SummitTime.ToLocal(s.StartUtc, zone), SummitTime.ToLocal(s.EndUtc, zone)))
                .GroupBy(s => DateOnly.FromDateTime(s.LocalStart))
                .Select(day => new DayView(day.Key, day.ToList()))
                .ToList()))
            .ToList();
        var offset = SummitTime.OffsetLabel(SummitTime.StartOfDayUtc(summit.StartDate, zone), zone);
        return new ProgrammeView(summit, zone, offset, phases);
    }
}

/// <summary>A phase with its state relative to now and its sessions by local day.</summary>
public sealed record PhaseView(Phase Phase, PhaseState State, IReadOnlyList<DayView> Days);

/// <summary>The sessions of one local day.</summary>
public sealed record DayView(DateOnly Date, IReadOnlyList<SessionView> Sessions);

/// <summary>A session with its times in the summit's zone.</summary>
public sealed record SessionView(Session Session, DateTime LocalStart, DateTime LocalEnd);
