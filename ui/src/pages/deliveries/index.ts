export { CarrierBoardPage } from './CarrierBoardPage'
export { ReceiptPage } from './ReceiptPage'
