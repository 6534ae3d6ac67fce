package dev.steward.escalation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.steward.command.Args;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.i18n.Words;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.impediment.ImpedimentSubcommand;
import dev.steward.team.Member;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/** {@code /impediment escalate IMP-<n> [pm|stakeholders|channel] [note]}: a jump up the ladder by hand. */
@Component
class EscalateCommand implements ImpedimentSubcommand {

	private final ImpedimentLog impediments;

	private final PolicyRepository policies;

	private final Escalator escalator;

	private final TeamRepository teams;

	EscalateCommand(ImpedimentLog impediments, PolicyRepository policies, Escalator escalator, TeamRepository teams) {
		this.impediments = impediments;
		this.policies = policies;
		this.escalator = escalator;
		this.teams = teams;
	}

	@Override
	public String word() {
		return "escalate";
	}

	@Override
	public String help() {
		return Words.current().get("escalation.escalate.help");
	}

	@Override
	public Reply handle(CommandRequest request, Args args) {
		ImpedimentLog.Located found = impediments.locate(request.actor(), Args.impedimentId(args.raw(1)));
		Impediment impediment = found.impediment();
		requireRight(found, request.actor().userId());
		if (!impediment.status().isActive()) {
			throw new UsageException(Words.current().get("escalation.escalate.inactive", impediment.key(),
					Words.current().get("escalation.status." + impediment.status().name().toLowerCase(Locale.ROOT))));
		}
		LadderPolicy policy = policies.policy(found.team().id());
		Optional<Target> wanted = Target.parse(args.word(2));
		int rung = rung(policy, impediment, wanted);
		String note = args.rest(wanted.isPresent() ? 3 : 2);
		if (!escalator.fire(found, rung, request.actor().userId(), note)) {
			throw new UsageException(Words.current().get("escalation.escalate.moved", impediment.key()));
		}
		return Reply.text(Words.current().get("escalation.escalate.done", impediment.key(), Integer.toString(rung),
				policy.rungs().get(rung - 1).target().description(Words.current())));
	}

	private void requireRight(ImpedimentLog.Located found, String userId) {
		boolean owner = found.impediment().ownerId().equals(userId);
		boolean pm = teams.member(found.team().id(), userId).map(Member::isPm).orElse(false);
		if (!owner && !pm) {
			throw new UsageException(Words.current().get("escalation.escalate.no-right", found.team().name(),
					found.impediment().key()));
		}
	}

	/** The next rung, or the first higher rung whose target matches the requested level. */
	private static int rung(LadderPolicy policy, Impediment impediment, Optional<Target> wanted) {
		List<LadderPolicy.Rung> rungs = policy.rungs();
		for (int rung = impediment.rung() + 1; rung <= rungs.size(); rung++) {
			Target target = rungs.get(rung - 1).target();
			if (wanted.isEmpty() || target == wanted.get()
					|| (wanted.get() == Target.CHANNEL && target == Target.ESCALATION_CHANNEL)) {
				return rung;
			}
		}
		Words words = Words.current();
		String at = Integer.toString(impediment.rung());
		String of = Integer.toString(rungs.size());
		throw new UsageException(wanted
			.map((target) -> words.get("escalation.escalate.no-higher-for", impediment.key(), at, of,
					target.description(words)))
			.orElseGet(() -> words.get("escalation.escalate.no-higher", impediment.key(), at, of)));
	}

}
