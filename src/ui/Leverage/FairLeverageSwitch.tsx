import { useViewStore } from '../../store';

/**
 * Fair ranking, on by default: acting on the outcome itself puts an intervention in every loop
 * back to it, an artefact of the map's shape rather than reach into the causes.
 */
export function FairLeverageSwitch({ fair, outcomeLabel }: { fair: boolean; outcomeLabel: string }) {
  const { setFairLeverage } = useViewStore.getState();
  return (
    <label className="fair-leverage">
      <input type="checkbox" checked={fair} onChange={(e) => setFairLeverage(e.target.checked)} /> Fair ranking: leave out reach that comes only from
      acting on “{outcomeLabel}” itself
      <span className="muted fair-leverage-note">
        {' '}
        ({fair ? 'on: ranks by reach into the causes' : 'off: counts every loop through the outcome, as the raw structure does'})
      </span>
    </label>
  );
}
