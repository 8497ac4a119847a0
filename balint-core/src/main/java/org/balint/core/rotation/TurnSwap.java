package org.balint.core.rotation;

import java.util.Objects;

/**
 * Two members exchanging their turns: "Ames (session 3) and Baker (session 5) swap", after which Ames
 * presents in session 5 and Baker in session 3. Nobody gains or loses a turn, so a swap never costs
 * anyone their presentation. Only who presents when: never any case content.
 *
 * @param first  one member's turn (for a member's request: the requester's own turn)
 * @param second the other member's turn
 */
public record TurnSwap(PresentationSlot first, PresentationSlot second) {

    public TurnSwap {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    /** The two turns after the swap: the first member in the second session and the other way round. */
    public TurnSwap exchanged() {
        return new TurnSwap(new PresentationSlot(second.session(), first.presenter()),
                new PresentationSlot(first.session(), second.presenter()));
    }

    @Override
    public String toString() {
        return first.presenter() + " (" + first.session() + ") and " + second.presenter() + " (" + second.session()
                + ") swap turns";
    }
}
