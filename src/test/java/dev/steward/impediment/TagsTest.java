package dev.steward.impediment;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.steward.team.Member;
import dev.steward.team.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Who a blocker's text tags: platform mentions, and a typed @name only when it names one member. */
class TagsTest {

	private static final List<Member> TEAM = List.of(member("U1", "Dana Ortiz"), member("U2", "Dan Brown"),
			member("U3", "Bob Iyer"), member("U4", "Bobby Tables"));

	@Test
	void readsMentionsAndTypedNamesThatNameOneMember() {
		assertThat(Tags.in("<@U3> and @dana need to approve the vendor keys", TEAM)).extracting(Member::userId)
			.containsExactly("U3", "U1");
	}

	@Test
	void leavesOutANameThatCouldBeSeveralPeopleOrNobody() {
		assertThat(Tags.in("ask @bob or @zed", TEAM)).extracting(Member::userId).containsExactly("U3");
		assertThat(Tags.in("mail ops@dana.example about it", TEAM)).as("an address is not a tag").isEmpty();
		assertThat(Tags.in("<@U9> is not in the team", TEAM)).isEmpty();
	}

	private static Member member(String id, String name) {
		return new Member(Long.parseLong(id.substring(1)), 1, id, name, Role.MEMBER, true, null, List.of(), true);
	}

}
