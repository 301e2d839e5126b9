import type { RiskShare } from "./assurance";
import { type ChargePart, splitAmongUnanswered, splitByLargestRemainder } from "./charge-split";
import { sortContributions } from "./contributions";
import { type FactorGroup, groupsOf, positionInDimension } from "./factor-groups";
import type { ScoringContext } from "./scoring-context";
import { clamp, roundPoints, roundShare, tierOf } from "./tiers";
import type {
  Contradiction,
  ContributionSource,
  DimensionId,
  DimensionScore,
  ScoreContribution,
} from "./types";

/** One factor's risk in its group, with the words that explain it. */
interface Member {
  contribution: ScoreContribution;
  /**
   * Contributions that share this member's points, by weight: an aggregate over several records (the records of
   * every holding past support) charges once, and each record shows its part.
   */
  parts: ChargePart[] | null;
  share: RiskShare;
  /** 1 when a fact stands behind the factor (an answer, a record), 0 when nothing does. */
  covered: number;
}

interface GroupState {
  group: FactorGroup;
  /** Record-based members; null until the first. */
  members: Member[] | null;
  /**
   * The vendor's answers in the group, kept as running figures rather than members: the answers' contributions in
   * order, the worst known one, and the unanswered ones' count, largest share, range and coverage.
   */
  answers: ScoreContribution[] | null;
  worst: ScoreContribution | null;
  worstMid: number;
  unanswered: number;
  unknownMid: number;
  answerLow: number;
  answerHigh: number;
  answersCovered: number;
  /** The largest `high` of facts that may exist but are not on record (an unchecked incident history). */
  openHigh: number;
  /** Coverage of those possible facts: 0 while they are unchecked, 1 when checked. */
  openCoverage: number | null;
}

function newState(group: FactorGroup): GroupState {
  return {
    group,
    members: null,
    answers: null,
    worst: null,
    worstMid: 0,
    unanswered: 0,
    unknownMid: 0,
    answerLow: 0,
    answerHigh: 0,
    answersCovered: 0,
    openHigh: 0,
    openCoverage: null,
  };
}

/**
 * Collects a dimension's factors by group and turns them into its score. A group charges its weight times the
 * largest risk among its members, once; the member that sets it carries the points, the others show 0. The
 * dimension's range is the same sum over the members' lowest and highest risks.
 */
export class DimensionBuilder {
  private readonly states: GroupState[];
  private readonly contradictions: Contradiction[] = [];

  constructor(
    private readonly context: ScoringContext,
    private readonly dimension: DimensionId,
    private readonly label: string,
  ) {
    const groups = groupsOf(dimension);
    this.states = new Array<GroupState>(groups.length);
    for (let i = 0; i < groups.length; i++) this.states[i] = newState(groups[i] as FactorGroup);
  }

  private state(group: FactorGroup): GroupState {
    const state = this.states[positionInDimension(group)];
    if (state === undefined || state.group !== group)
      throw new Error(`Group ${group.id} is not part of ${this.dimension}`);
    return state;
  }

  /** The share with the organization's multiplier for the factor applied, capped at the group's weight. */
  private scaled(factorId: string, share: RiskShare): RiskShare {
    const multiplier = this.context.hasMultipliers
      ? (this.context.settings.factorMultipliers[factorId] ?? 1)
      : 1;
    if (multiplier === 1) return share;
    return {
      mid: clamp(share.mid * multiplier, 0, 1),
      low: clamp(share.low * multiplier, 0, 1),
      high: clamp(share.high * multiplier, 0, 1),
      basis: share.basis,
    };
  }

  private member(
    factorId: string,
    label: string,
    share: RiskShare,
    source: ContributionSource,
    explanation: string,
    question: string | null,
    group: FactorGroup,
  ): Member {
    const scaled = this.scaled(factorId, share);
    return {
      contribution: {
        factorId,
        label,
        points: 0,
        source,
        explanation,
        question,
        group: group.id,
        basis: share.basis,
      },
      parts: null,
      share: scaled,
      covered: share.basis === "missing" ? 0 : 1,
    };
  }

  /** Adds one factor to its group. The organization's multiplier for the factor scales its risk. */
  add(
    group: FactorGroup,
    factorId: string,
    label: string,
    share: RiskShare,
    source: ContributionSource,
    explanation: string,
    question: string | null,
  ): void {
    const state = this.state(group);
    const member = this.member(factorId, label, share, source, explanation, question, group);
    if (state.members === null) state.members = [member];
    else state.members.push(member);
  }

  /**
   * Adds one of the vendor's answers. A group's answers are facets of one weakness (MFA for administrators and for
   * the whole workforce): the worst known answer sets the group, as the weakest route is the one attackers take,
   * and the unanswered facets together cost the unknown share times their part of the facets. So every answer
   * given moves the group, and a known gap is never diluted by good answers elsewhere.
   */
  addAnswer(
    group: FactorGroup,
    factorId: string,
    label: string,
    share: RiskShare,
    source: ContributionSource,
    explanation: string,
    question: string | null,
  ): void {
    const state = this.state(group);
    const scaled = this.scaled(factorId, share);
    const mid = scaled.mid;
    const contribution: ScoreContribution = {
      factorId,
      label,
      points: 0,
      source,
      explanation,
      question,
      group: group.id,
      basis: share.basis,
    };
    if (state.answers === null) state.answers = [contribution];
    else state.answers.push(contribution);
    state.answerLow = Math.max(state.answerLow, scaled.low);
    state.answerHigh = Math.max(state.answerHigh, scaled.high);
    if (share.basis === "missing") {
      state.unanswered++;
      state.unknownMid = Math.max(state.unknownMid, mid);
    } else {
      state.answersCovered++;
      if (state.worst === null || mid > state.worstMid) {
        state.worst = contribution;
        state.worstMid = mid;
      }
    }
  }

  /**
   * Adds one risk measured across several records, charged once and shown as one contribution per record, each
   * with the part of the points its `weight` gives it. The caller makes the contributions (with this group's id
   * and 0 points); their basis becomes the shared share's. `covered` is the share of the records whose facts are
   * known.
   */
  addShared(group: FactorGroup, share: RiskShare, covered: number, parts: ChargePart[]): void {
    if (parts.length === 0) return;
    for (const part of parts) part.contribution.basis = share.basis;
    const state = this.state(group);
    const member: Member = {
      contribution: (parts[0] as (typeof parts)[number]).contribution,
      parts,
      share,
      covered,
    };
    if (state.members === null) state.members = [member];
    else state.members.push(member);
  }

  /**
   * Facts that may exist without being on record: they cost nothing, but widen the group's range up to `high`
   * and count against its coverage while `checked` is false.
   */
  allowUnrecorded(group: FactorGroup, high: number, checked: boolean): void {
    const state = this.state(group);
    state.openHigh = Math.max(state.openHigh, high);
    state.openCoverage = Math.min(state.openCoverage ?? 1, checked ? 1 : 0);
  }

  contradict(contradiction: Contradiction): void {
    this.contradictions.push(contradiction);
  }

  /** Puts the group's points on the member that sets them, split across its parts when it has some. */
  private charge(group: FactorGroup, top: Member): number {
    const tenths = Math.round(group.weight * top.share.mid * 10);
    if (top.parts === null) top.contribution.points = tenths / 10;
    else splitByLargestRemainder(top.parts, tenths);
    return tenths / 10;
  }

  build(): DimensionScore {
    const list: ScoreContribution[] = [];
    let score = 0;
    let low = 0;
    let high = 0;
    let coverage = 0;
    for (const state of this.states) {
      const { group } = state;
      const members = state.members;
      let top: Member | undefined;
      let topMid = -1;
      let groupLow = 0;
      let groupHigh = state.openHigh;
      let covered = 0;
      let count = 0;
      if (members !== null) {
        for (const member of members) {
          if (member.share.mid > topMid) {
            top = member;
            topMid = member.share.mid;
          }
          groupLow = Math.max(groupLow, member.share.low);
          groupHigh = Math.max(groupHigh, member.share.high);
          covered += member.covered;
          if (member.parts === null) list.push(member.contribution);
          else for (const part of member.parts) list.push(part.contribution);
        }
        count = members.length;
      }
      // The answers, as one member after the records: the worst known answer or the unanswered facets' share.
      const answers = state.answers;
      let answersOnTop = false;
      if (answers !== null) {
        const unknownPart = (state.unknownMid * state.unanswered) / answers.length;
        const known = state.worst !== null && state.worstMid >= unknownPart;
        const mid = known ? state.worstMid : unknownPart;
        if (mid > topMid) {
          answersOnTop = true;
          topMid = mid;
        }
        groupLow = Math.max(groupLow, state.answerLow);
        groupHigh = Math.max(groupHigh, state.answerHigh);
        covered += state.answersCovered / answers.length;
        count++;
        for (const answer of answers) list.push(answer);
        if (answersOnTop) {
          const tenths = Math.round(group.weight * mid * 10);
          if (known) (state.worst as ScoreContribution).points = tenths / 10;
          else splitAmongUnanswered(answers, state.unanswered, tenths);
          score += tenths;
        }
      }
      if (!answersOnTop && top !== undefined) score += Math.round(this.charge(group, top) * 10);
      low += group.weight * groupLow;
      high += group.weight * groupHigh;
      // Covered when facts stand behind its factors, or when the facts already pin its risk down whatever the
      // missing answers say (a takeover without MFA on record settles the login group).
      const memberCoverage = count === 0 ? 1 : covered / count;
      const pinned = 1 - (groupHigh - groupLow);
      coverage += group.weight * Math.max(pinned, Math.min(memberCoverage, state.openCoverage ?? 1));
    }
    // Summed in tenths, so the total is exactly the sum of the reasons' points as shown.
    const total = roundPoints(clamp(score / 10, 0, 100));
    const rangeLow = Math.min(total, roundPoints(clamp(low, 0, 100)));
    const rangeHigh = Math.max(total, roundPoints(clamp(high, 0, 100)));
    return {
      dimension: this.dimension,
      label: this.label,
      score: total,
      tier: tierOf(total),
      confidence: roundShare(1 - (rangeHigh - rangeLow) / 100),
      coverage: roundShare(coverage / 100),
      unknownPoints: roundPoints(total - rangeLow),
      range: { low: rangeLow, high: rangeHigh },
      contributions: sortContributions(list),
      contradictions: this.contradictions,
    };
  }
}
