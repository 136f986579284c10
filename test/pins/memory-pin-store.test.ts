import { createMemoryPinStore } from '../../src/index.ts';
import { describePinStoreContract } from './pin-store-contract.ts';

describePinStoreContract('createMemoryPinStore', createMemoryPinStore);
