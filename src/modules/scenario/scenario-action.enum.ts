import { registerEnumType } from 'type-graphql';

export enum ScenarioAction {
  UPDATE_EQUIPMENT = 'UPDATE_EQUIPMENT',
  ADD_EQUIPMENT = 'ADD_EQUIPMENT',
  REMOVE_EQUIPMENT = 'REMOVE_EQUIPMENT',
}

registerEnumType(ScenarioAction, {
  name: 'ScenarioAction',
  description: 'What a scenario change does to the plant.',
  valuesConfig: {
    UPDATE_EQUIPMENT: {
      description:
        'Patch a unit’s parameters: the keys given replace its values, a key set to null returns to the catalog default.',
    },
    ADD_EQUIPMENT: { description: 'Add a unit that exists only in the scenario.' },
    REMOVE_EQUIPMENT: { description: 'Leave a unit out; units it supplied take their input from outside the plant.' },
  },
});
